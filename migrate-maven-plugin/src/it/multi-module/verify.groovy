def log = new File(basedir, 'build.log').text

assert log.contains('Skipping multi-module: no @App classes and no migrations folder src/main/resources/southward/migrations')
assert log.contains('Skipping util: no @App classes and no migrations folder src/main/resources/southward/migrations')
assert log.count(' images\n  (*) 0001_initial\n') == 1 : 'listed once, in models'
assert log.contains('Done: applied 3 migrations in ')
assert new File(basedir, 'models/target/southward').isDirectory()
assert !new File(basedir, 'util/target/southward').exists() : 'no database where there are no models'
assert !new File(basedir, 'target/southward').exists()
