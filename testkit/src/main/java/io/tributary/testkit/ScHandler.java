package io.tributary.testkit;

import io.tributary.fluvio.protocol.Api;
import io.tributary.fluvio.protocol.Apis;
import io.tributary.fluvio.protocol.ErrorCode;
import io.tributary.fluvio.protocol.ObjectApi;
import io.tributary.fluvio.protocol.ObjectApi.Kind;
import io.tributary.fluvio.protocol.TopicMetadata;
import java.util.List;

/**
 * The test SC: ApiVersions, List (system partitions with the system flag, as Fluvio's SC), Watch
 * and topic Create.
 */
final class ScHandler {
  /** Platform version the test SC reports (semver, as the real SC). */
  static final String PLATFORM = "0.18.1";

  private final ClusterState state;

  ScHandler(ClusterState state) {
    this.state = state;
  }

  /** The SC's dispatcher. */
  ApiRouter router() {
    return new ApiRouter("SC", Api.Service.SC, PLATFORM)
            .answer(Apis.CREATE, (req, ex) -> create(req))
            .answer(
                Apis.DELETE,
                (req, ex) ->
                    new ObjectApi.Status(
                        req.name(),
                        ErrorCode.other("delete is not supported by the test cluster"),
                        null))
            .answer(Apis.LIST, (req, ex) -> list(req))
            .stream(
                Apis.WATCH,
                (req, ex) -> {
                  if (!ObjectApi.known(req.type())) {
                    throw new IllegalStateException("watch of unsupported kind " + req.type());
                  }
                  state.addWatch(new ClusterState.Watch(ex, ObjectApi.kind(req.type())));
                })
            .onClosed(state::removeWatches);
  }

  private ObjectApi.ListResponse<?> list(ObjectApi.ListRequest req) {
    return list(ObjectApi.kind(req.type()), req);
  }

  @SuppressWarnings("unchecked")
  private <T> ObjectApi.ListResponse<T> list(Kind<T> kind, ObjectApi.ListRequest req) {
    if (kind == ObjectApi.SMART_MODULE) {
      return new ObjectApi.ListResponse<>(
          kind, (List<T>) state.smartModules(req.nameFilters(), req.summary()));
    }
    if (!ObjectApi.known(kind.label()) || req.system() && kind == ObjectApi.TOPIC) {
      return new ObjectApi.ListResponse<>(kind, List.of());
    }
    if (req.system() && kind == ObjectApi.PARTITION) {
      @SuppressWarnings("unchecked")
      List<T> system = (List<T>) state.systemPartitions();
      return new ObjectApi.ListResponse<>(kind, system);
    }
    List<T> items =
        state.items(kind).stream()
            .filter(
                item ->
                    kind != ObjectApi.TOPIC
                        || req.nameFilters().isEmpty()
                        || req.nameFilters().stream()
                            .anyMatch(f -> ((TopicMetadata) item).name().contains(f)))
            .toList();
    return new ObjectApi.ListResponse<>(kind, items);
  }

  private ObjectApi.Status create(ObjectApi.CreateRequest req) {
    ErrorCode result;
    if (req.topic() == null) {
      result = ErrorCode.other("the test cluster can only create topics, not " + req.type());
    } else if (req.topic().replicas().kind() != TopicMetadata.COMPUTED) {
      result = ErrorCode.other("the test cluster only creates computed topics");
    } else if (req.dryRun()) {
      result = ErrorCode.NONE;
    } else {
      result = state.createTopic(req.name(), req.topic());
    }
    return new ObjectApi.Status(req.name(), result, result.isOk() ? null : result.toString());
  }
}
