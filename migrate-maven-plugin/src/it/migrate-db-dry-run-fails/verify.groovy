def log = new File(basedir, 'build.log').text
def migrations = new File(basedir, 'src/main/resources/southward/migrations/images')
def names = { (migrations.list() ?: []).findAll { it.endsWith('.json') }.sort() } // the migrations; migrations.index is their cache

assert log.contains('ALTER TABLE "IMAGES_IMAGE" ADD COLUMN "WIDTH" INTEGER NOT NULL;')
assert log.contains('The dry run found 1 problem (nothing was changed)')
assert log.contains('images.0003_auto__add_field_image_width, operation #1 (add field images.Image.width): table images_image has 1 row')
assert log.contains('The live schema matches the migrations')
assert log.contains(' images\n  (*) 0001_initial\n  (*) 0002_rows\n  ( ) 0003_auto__add_field_image_width\n')
