def log = new File(basedir, 'build.log').text
def migrations = new File(basedir, 'src/main/resources/southward/migrations/images')
def names = { (migrations.list() ?: []).findAll { it.endsWith('.json') }.sort() } // the migrations; migrations.index is their cache
def list = { String... marks -> [" images", "  ${marks[0]} 0001_initial", "  ${marks[1]} 0002_auto__add_field_image_width", "  ${marks[2]} 0003_auto__add_field_image_height"].join("\n") }

def sql = new File(basedir, 'target/dry-run.sql').text
assert sql.startsWith('-- Apply images.0001_initial\nCREATE TABLE "IMAGES_IMAGE"')
assert sql.contains('-- Apply images.0003_auto__add_field_image_height\nALTER TABLE "IMAGES_IMAGE" ADD COLUMN "HEIGHT"')
assert log.contains(sql.trim()) : 'the same SQL is printed'
assert log.contains('Dry run passed: 3 migration(s) would run.')
assert log.contains(list('( )', '( )', '( )')) : 'nothing was applied'
