def log = new File(basedir, 'build.log').text
def migrations = new File(basedir, 'src/main/resources/southward/migrations/images')
def names = { (migrations.list() ?: []).findAll { it.endsWith('.json') }.sort() } // the migrations; migrations.index is their cache

assert log.contains('Conflicting migrations in app images: 0002_auto__add_field_image_height and 0002_auto__add_field_image_width are both latest')
assert names().contains('0003_merge.json')
assert log.contains('  (*) 0002_auto__add_field_image_width\n  (*) 0003_merge\n')
