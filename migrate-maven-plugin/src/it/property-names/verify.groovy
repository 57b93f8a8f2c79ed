def log = new File(basedir, 'build.log').text

assert log.contains('-Ddry-run is no property of migrate:migrate; did you mean -Ddb-dry-run?')
assert log.contains('-Dtaget is no property of migrate:migrate; did you mean -Dtarget?')
assert log.contains('-Durl is now -Dsouthward.url: the connection and behaviour settings carry the prefix southward.')
assert log.contains('-Dsouthward.ulr is no property of migrate:list; did you mean -Dsouthward.url?')
assert log.contains('Nothing was run.')
// The mistakes migrated nothing: the list (run 5) shows every migration unapplied, on the embedded database
// although the POM has <url> and <skip> properties.
assert log.contains(' images\n  ( ) 0001_initial\n  ( ) 0002_auto__add_field_image_width\n')
assert !log.contains('No JDBC driver accepts the URL')
assert !log.contains('Skipping (southward.skip is set)')
assert log.contains(' > images.0001_initial (')
assert !log.contains(' > images.0002_auto__add_field_image_width (')
