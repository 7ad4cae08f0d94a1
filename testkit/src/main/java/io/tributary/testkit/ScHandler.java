package io.tributary.testkit;

import io.tributary.fluvio.protocol.ApiKeys;
import io.tributary.fluvio.protocol.ByteReader;
import io.tributary.fluvio.protocol.ByteWriter;
import io.tributary.fluvio.protocol.ErrorCode;
import io.tributary.fluvio.protocol.ObjectApi;
import io.tributary.fluvio.protocol.ObjectApi.Kind;
import io.tributary.fluvio.protocol.RequestHeader;
import io.tributary.fluvio.protocol.TopicMetadata;

/** The test SC: ApiVersions, List, Watch and topic Create. */
final class ScHandler implements ProtocolServer.Handler {
  private final ClusterState state;

  ScHandler(ClusterState state) {
    this.state = state;
  }

  @Override
  public void handle(RequestHeader h, ByteReader body, ServerConnection c) {
    int v = h.apiVersion();
    int id = h.correlationId();
    switch (h.apiKey()) {
      case ApiKeys.API_VERSIONS -> c.send(id, w -> ApiVersionTable.sc().encode(w));
      case ApiKeys.LIST -> list(ObjectApi.decodeList(body, v), v, id, c);
      case ApiKeys.WATCH -> {
        ObjectApi.ObjectRequest req = ObjectApi.decodeWatch(body, v);
        Kind<?> kind = ClusterState.kind(req.type());
        if (kind == null) {
          throw new IllegalStateException("watch of unsupported kind " + req.type());
        }
        state.addWatch(new ClusterState.Watch(c, id, v, kind));
      }
      case ApiKeys.CREATE -> create(ObjectApi.decodeCreate(body, v), id, c);
      case ApiKeys.DELETE -> c.send(id, w -> new ObjectApi.Status("",
          ErrorCode.other("delete is not supported by the test cluster"), null).encode(w));
      default -> throw new IllegalStateException("unsupported SC api key " + h.apiKey());
    }
  }

  private void list(ObjectApi.ObjectRequest req, int v, int id, ServerConnection c) {
    Kind<?> kind = ClusterState.kind(req.type());
    if (kind == null) {
      c.send(id, w -> {
        w.string(req.type());
        if (v >= 11) {
          w.i32(4);
        }
        w.i32(0);
      });
      return;
    }
    c.send(id, w -> encodeList(w, v, kind, req));
  }

  private <T> void encodeList(ByteWriter w, int v, Kind<T> kind,
      ObjectApi.ObjectRequest req) {
    var items = state.items(kind).stream().filter(item -> kind != ObjectApi.TOPIC
        || req.nameFilters().isEmpty()
        || req.nameFilters().stream().anyMatch(f -> ((TopicMetadata) item).name().contains(f)))
        .toList();
    ObjectApi.encodeListResponse(w, v, kind, items);
  }

  private void create(ObjectApi.CreateRequest req, int id, ServerConnection c) {
    ErrorCode result;
    if (req.topic() == null) {
      result = ErrorCode.other("the test cluster can only create topics, not " + req.type());
    } else if (req.topic().replicas().kind() != TopicMetadata.COMPUTED) {
      result = ErrorCode.other("the test cluster only creates computed topics");
    } else if (req.dryRun()) {
      result = ErrorCode.NONE;
    } else {
      result = state.createTopic(req.name(), req.topic().replicas().partitions());
    }
    ErrorCode r = result;
    c.send(id, w -> new ObjectApi.Status(req.name(), r, r.isOk() ? null : r.toString())
        .encode(w));
  }

  @Override
  public void closed(ServerConnection connection) {
    state.removeWatches(connection);
  }
}
