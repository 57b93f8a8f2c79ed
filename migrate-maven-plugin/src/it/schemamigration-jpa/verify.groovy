def log = new File(basedir, 'build.log').text
def file = new File(basedir, 'src/main/resources/southward/migrations/shop/0001_initial.json')

assert file.isFile() : 'the JPA app gets its first migration'
def json = file.text
// Spring Boot's naming: the entity's table and its columns in snake case.
assert json.contains('"table" : "customer_order"')
assert json.contains('"column" : "placed_on"')
assert json.contains('"column" : "customer_name"')
assert log.contains(' + create model shop.CustomerOrder')
assert log.contains('Created src/main/resources/southward/migrations/shop/0001_initial.json')
