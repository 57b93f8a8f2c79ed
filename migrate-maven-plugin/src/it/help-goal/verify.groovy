def log = new File(basedir, 'build.log').text
['schemamigration', 'datamigration', 'migrate', 'list', 'sql', 'verify', 'help'].each {
    assert log.contains("migrate:$it\n") : "goal $it"
}
['app', 'auto', 'initial', 'empty', 'name', 'check', 'merge', 'defaults', 'renames', 'no-renames',
 'irreversible', 'ignore-nulls', 'apps', 'target', 'list', 'db-dry-run', 'dry-run-output', 'fake',
 'ignore-ghost-migrations', 'delete-ghost-migrations', 'resume', 'revert', 'mark-applied', 'force', 'backwards',
 'southward.url', 'southward.user', 'southward.serverId', 'southward.migrationsDirectory', 'southward.skip',
 'southward.embedded', 'southward.lockTimeout'].each {
    assert log.contains("User property: $it\n") : "property $it"
}
assert log.contains('Skipping (southward.skip is set)')
assert !new File(basedir, 'target/southward').exists() : 'a skipped goal touches no database'
