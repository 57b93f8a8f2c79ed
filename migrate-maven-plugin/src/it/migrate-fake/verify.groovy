def log = new File(basedir, 'build.log').text
def migrations = new File(basedir, 'src/main/resources/southward/migrations/images')
def names = { (migrations.list() ?: []).findAll { it.endsWith('.json') }.sort() } // the migrations; migrations.index is their cache
def list = { String... marks -> [" images", "  ${marks[0]} 0001_initial", "  ${marks[1]} 0002_auto__add_field_image_width", "  ${marks[2]} 0003_auto__add_field_image_height"].join("\n") }

assert log.contains(' > images.0001_initial (') && log.contains(', faked)')
assert log.contains('Faked: applied 3 migrations in ')
assert log.contains(list('(*)', '(*)', '(*)'))
assert log.contains('The live schema differs from the migrations')
assert log.contains('images_image')
