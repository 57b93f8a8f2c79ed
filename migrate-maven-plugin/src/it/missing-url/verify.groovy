def log = new File(basedir, 'build.log').text

assert new File(basedir, 'src/main/resources/southward/migrations/images/0001_initial.json').isFile()
assert log.count('No database configured: set southward.url, e.g. -Dsouthward.url=jdbc:mysql://') == 2
assert log.contains('<southward.embedded>true</southward.embedded>')
// Only the run that opted in (4) created the embedded database.
assert log.contains('Done: applied 1 migration in ')
assert new File(basedir, 'target/southward').isDirectory()
