def log = new File(basedir, 'build.log').text
def migrations = new File(basedir, 'src/main/resources/southward/migrations/images')
def names = { (migrations.list() ?: []).findAll { it.endsWith('.json') }.sort() } // the migrations; migrations.index is their cache

assert log.contains('Cannot make the migration without answers to 1 question (nothing was written)')
assert log.contains('The field images.Image.width (int) is added NOT NULL without a default')
assert log.contains('-Ddefaults=app.Model.field=value')
assert names() == ['0001_initial.json'] : 'nothing was written'
