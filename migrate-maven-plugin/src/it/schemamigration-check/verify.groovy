def log = new File(basedir, 'build.log').text
def migrations = new File(basedir, 'src/main/resources/southward/migrations/images')
def names = { (migrations.list() ?: []).findAll { it.endsWith('.json') }.sort() } // the migrations; migrations.index is their cache

assert log.contains('Would create src/main/resources/southward/migrations/images/0002_auto__add_field_image_width.json')
assert log.contains('Models changed but no migration was made: images.0002_auto__add_field_image_width is due')
assert log.contains('Created src/main/resources/southward/migrations/images/0002_auto__add_field_image_width.json')
assert log.contains('Models and migrations agree.')
assert names() == ['0001_initial.json', '0002_auto__add_field_image_width.json']
