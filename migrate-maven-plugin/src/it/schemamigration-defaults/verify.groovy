def log = new File(basedir, 'build.log').text
def migrations = new File(basedir, 'src/main/resources/southward/migrations/images')
def names = { (migrations.list() ?: []).findAll { it.endsWith('.json') }.sort() } // the migrations; migrations.index is their cache

assert log.contains('defaults images.Image.widht=0: no question about images.Image.widht needs this answer; did you '
        + 'mean images.Image.width?')
assert log.contains('The answer defaults images.Image.width=lots is refused: default \'lots\' is not a valid int value.')
assert names() == ['0001_initial.json', '0002_auto__add_field_image_width.json'] : 'the refused runs wrote nothing'
def file = new File(migrations, '0002_auto__add_field_image_width.json').text
assert file.contains('"oneOffDefault" : "0"')
