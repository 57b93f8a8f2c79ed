def log = new File(basedir, 'build.log').text
def migrations = new File(basedir, 'src/main/resources/southward/migrations/images')
def names = { (migrations.list() ?: []).findAll { it.endsWith('.json') }.sort() } // the migrations; migrations.index is their cache

assert log.contains('ALTER TABLE "IMAGES_IMAGE" ADD COLUMN "WIDTH" INTEGER NULL;')
assert log.contains('ALTER TABLE "IMAGES_IMAGE" DROP COLUMN "WIDTH";')
assert log.contains(' images\n  ( ) 0001_initial\n  ( ) 0002_auto__add_field_image_width\n')
