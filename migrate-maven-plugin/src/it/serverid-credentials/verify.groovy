def log = new File(basedir, 'build.log').text
assert log.contains('Database: jdbc:h2:file:') && log.contains('/target/southward/secured as alice')
assert log.contains('Done: applied 1 migration in ')
assert log.contains('Wrong user name or password')
assert log.contains(' images\n  (*) 0001_initial\n')
assert !log.contains('s3cret-from-settings') : 'the password is never logged'
assert !log.contains('wr0ng-Pa55-x') : 'mvn -X does not print the password either'
