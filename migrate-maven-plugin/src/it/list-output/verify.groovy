def log = new File(basedir, 'build.log').text
def migrations = new File(basedir, 'src/main/resources/southward/migrations/images')
def names = { (migrations.list() ?: []).findAll { it.endsWith('.json') }.sort() } // the migrations; migrations.index is their cache
def list = { String... marks -> [" images", "  ${marks[0]} 0001_initial", "  ${marks[1]} 0002_auto__add_field_image_width", "  ${marks[2]} 0003_auto__add_field_image_height"].join("\n") }

def expected = list('(*)', '(*)', '( )')
assert log.indexOf(expected) >= 0 && log.indexOf(expected) != log.lastIndexOf(expected) : 'printed by list and by -Dlist'
assert log.contains('Done: applied 1 migration in ')
