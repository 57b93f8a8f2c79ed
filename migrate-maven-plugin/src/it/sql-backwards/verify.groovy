def log = new File(basedir, 'build.log').text
def migrations = new File(basedir, 'src/main/resources/southward/migrations/images')
def names = { (migrations.list() ?: []).sort() }

assert log.contains('ALTER TABLE "images_image" ADD COLUMN "width" INTEGER NULL;')
assert log.contains('ALTER TABLE "images_image" DROP COLUMN "width";')
assert log.contains(' images\n  ( ) 0001_initial\n  ( ) 0002_auto__add_field_image_width\n')
