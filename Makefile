# Tributary: the README's two commands are `make run` and `make test`.
MVN ?= mvn -B -q
TOOLS := .tools
FLUVIO_CLIENT := $(TOOLS)/node_modules/@fluvio/client
EXAMPLES := examples/test-connector examples/http-source examples/mqtt-source examples/postgres-sink examples/e2e

.PHONY: build test run tools test-tools clean

## build: compile every module and install it in the local Maven repository (no tests)
build:
	$(MVN) install -DskipTests

## test: every test — unit, processor, Maven plugin ITs, oracle checks, each example's bats tests
test: test-tools tools
	$(MVN) install
	for e in $(EXAMPLES); do $(MAKE) -C $$e test SKIP_JUNIT=1 || exit 1; done
	scripts/test-summary.sh

## run: build, then run test-connector end to end: its metadata, a dry run, and 5 records
##      produced to the embedded test cluster and read back
run: build
	@echo '--- test-connector metadata'
	examples/test-connector/test-connector metadata
	@echo '--- test-connector --dry-run --count 3'
	examples/test-connector/test-connector --fluvio-topic demo --dry-run --count 3 --timeout 200ms
	@echo '--- test-connector producing to the embedded test cluster'
	scripts/demo.sh

## test-tools: the Debian tools the tests use (bats, wabt, mosquitto, postgresql, …), installed
##             with apt-get when missing and this user can; otherwise one message saying what to install
test-tools:
	scripts/test-tools.sh

## tools: test-only tools kept in .tools/ (git-ignored): the official Fluvio client, as an oracle
tools: $(FLUVIO_CLIENT)

# Installed from inside .tools/ (its own package.json), not with --prefix: --prefix also moves
# npm's global configuration, and with it the machine's CA file for the registry.
$(FLUVIO_CLIENT):
	mkdir -p $(TOOLS)
	test -f $(TOOLS)/package.json || echo '{"private": true}' > $(TOOLS)/package.json
	cd $(TOOLS) && npm install --ignore-scripts --no-save --no-audit --no-fund @fluvio/client@0.14.9

clean:
	$(MVN) clean
