def log = new File(basedir, 'build.log').text
def migrations = new File(basedir, 'src/main/resources/southward/migrations/images')
def names = { (migrations.list() ?: []).findAll { it.endsWith('.json') }.sort() } // the migrations; migrations.index is their cache

def java = new File(basedir, 'src/main/java/dev/southward/it/migrations/images/FillNames.java').text
assert java.contains('package dev.southward.it.migrations.images;')
assert java.contains('public class FillNames implements DataMigration')
def file = new File(migrations, '0002_fill_names.json').text
assert file.contains('"op" : "run_java"') && file.contains('"className" : "dev.southward.it.migrations.images.FillNames"')
assert log.contains(' > images.0002_fill_names (')
