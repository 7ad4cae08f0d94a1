# The targets of a connector's Makefile (the Fluvio convention: `make build` and `make test` in
# the connector's folder). The Makefile sets NAME, its folder and jar name, and includes this
# file as lib/connector.mk. `make build` is `mvn package`; Tributary's parent POM and its test
# cluster (io.tributary:tributary-testkit:<version>:jar:all, fetched into target/ by `make test`)
# come from the local Maven repository.
MVN ?= mvn -q -B
.DEFAULT_GOAL := build
JAR := target/$(NAME).jar

# --- Inside the Tributary repository (scripts/new-connector.sh leaves this part out of a copy):
# the examples' lib/ links to examples/e2e/lib; `build` builds the connector with the Tributary
# modules it needs, from their sources, and the test cluster is testkit/target/tributary-testkit.jar.
ROOT := $(abspath ../..)
ifneq ($(wildcard $(ROOT)/testkit/pom.xml $(ROOT)/connector-parent/pom.xml),)
BUILD ?= cd $(ROOT) && $(MVN) -pl examples/$(NAME) -am install -DskipTests
TESTKIT := $(ROOT)/testkit/target/tributary-testkit.jar
# Every module's sources and the POMs: any of them can change what goes into the jar.
SOURCES := pom.xml $(shell find src $(wildcard $(ROOT)/*/src/main) -type f) \
  $(ROOT)/pom.xml $(ROOT)/connector-parent/pom.xml
$(TESTKIT):
	cd $(ROOT) && $(MVN) -pl testkit -am install -DskipTests
# The project's own test SmartModules, assembled from WebAssembly text by wat2wasm, for the
# tests that load them (an example lists target/test-wasm in TEST_PREREQUISITES).
target/test-wasm: $(wildcard $(ROOT)/smartmodule/src/test/wat/*)
	$(ROOT)/scripts/build-test-wasm.sh $@
	touch $@
export TEST_WASM := $(abspath target/test-wasm)
else
BUILD ?= $(MVN) package -DskipTests
TESTKIT := $(abspath target/tributary-testkit.jar)
SOURCES := pom.xml $(shell find src -type f)
# The Tributary version this connector builds on: its parent's.
TRIBUTARY_VERSION := $(shell sed -n '/<artifactId>tributary-connector-parent</{n;s/.*<version>\(.*\)<\/version>.*/\1/p;}' pom.xml)
$(TESTKIT):
	$(MVN) dependency:copy -Dartifact=io.tributary:tributary-testkit:$(TRIBUTARY_VERSION):jar:all \
	  -DoutputDirectory=target/testkit
	cp target/testkit/tributary-testkit-$(TRIBUTARY_VERSION)-all.jar $@
endif
# The bats helpers (lib/cluster.bash) start the test cluster from this jar.
export TESTKIT

.PHONY: build test

build:
	$(BUILD)

$(JAR): $(SOURCES)
	$(MAKE) build

# SKIP_JUNIT=1: the root `make test` has just run the JUnit tests in its reactor build.
test: $(JAR) $(TESTKIT) $(TEST_PREREQUISITES)
	$(if $(SKIP_JUNIT),,$(MVN) -f pom.xml test)
	rm -rf target/bats-report && mkdir -p target/bats-report
	bats --report-formatter junit --output target/bats-report test
