def log = new File(basedir, 'build.log').text
def migrations = new File(basedir, 'src/main/resources/southward/migrations/images')
def names = { (migrations.list() ?: []).findAll { it.endsWith('.json') }.sort() } // the migrations; migrations.index is their cache

assert log.contains(' ghost: images.0002_auto__add_field_image_width (in the history table, no migration file)')
assert log.contains('Ghost migrations: the history table records [images.0002_auto__add_field_image_width] as '
        + 'applied, but the folder ')
assert log.contains('/src/main/resources/southward/migrations has no such migration')
assert log.contains('Ignored the ghost migrations [images.0002_auto__add_field_image_width] (in the history table, '
        + 'no migration file); their history rows stay.')
assert log.contains('Deleted the history rows of the ghost migrations [images.0002_auto__add_field_image_width].')
assert log.contains('ignore-ghost-migrations')
assert log.count(' ghost: ') == 1 : 'the ghost row was deleted'
assert log.contains(' images\n  (*) 0001_initial\n')
