def log = new File(basedir, 'build.log').text
def migrations = new File(basedir, 'src/main/resources/southward/migrations/images')
def names = { (migrations.list() ?: []).findAll { it.endsWith('.json') }.sort() } // the migrations; migrations.index is their cache

assert log.contains('> compile @ schemamigration-initial') : 'the goal forks the compile phase'
assert names() == ['0001_initial.json']
def file = new File(migrations, '0001_initial.json').text
assert file.contains('"op" : "create_model"') && file.contains('"table" : "images_image"')
assert log.contains(' + create model images.Image')
assert log.contains('Created src/main/resources/southward/migrations/images/0001_initial.json')
