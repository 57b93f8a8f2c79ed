def log = new File(basedir, 'build.log').text
def migrations = new File(basedir, 'src/main/resources/southward/migrations/images')
def names = { (migrations.list() ?: []).findAll { it.endsWith('.json') }.sort() } // the migrations; migrations.index is their cache

assert names() == ['0001_initial.json', '0002_auto__add_field_image_width.json']
def file = new File(migrations, '0002_auto__add_field_image_width.json').text
assert file.contains('"op" : "add_field"') && file.contains('"images.0001_initial"')
assert log.contains(' + add field images.Image.width')
