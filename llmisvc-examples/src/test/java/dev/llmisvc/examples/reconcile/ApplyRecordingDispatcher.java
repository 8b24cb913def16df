package dev.llmisvc.examples.reconcile;

import io.fabric8.kubernetes.client.server.mock.KubernetesCrudDispatcher;
import io.fabric8.mockwebserver.http.MockResponse;
import io.fabric8.mockwebserver.http.RecordedRequest;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * fabric8's CRUD mock API server, with server-side apply recorded instead of refused.
 *
 * <p>The CRUD dispatcher of kubernetes-server-mock 7.8 answers a {@code PATCH} of an object it does
 * not hold with 404, and one of an object it holds with 415 unless the patch is a JSON patch or a
 * JSON merge patch ({@code ReconcileLoopExampleIT.crudModeDoesNotServeServerSideApply} pins that).
 * Here every other request (the services and configs the pass reads, the renderer's lookups) is
 * served by CRUD, and an {@code application/apply-patch+yaml} request is recorded and answered with
 * its own body, as the API server answers an apply that creates the object. Nothing is stored: a
 * second pass does not see the first one's objects.
 */
final class ApplyRecordingDispatcher extends KubernetesCrudDispatcher {
  static final String APPLY_PATCH = "application/apply-patch+yaml";

  /** One recorded apply. */
  record Apply(String method, String path, String contentType, String body) {}

  private final List<Apply> applies = new CopyOnWriteArrayList<>();
  private final Set<String> refusedKinds;

  /**
   * @param refusedKinds plural resource names (e.g. {@code httproutes}) whose applies are refused
   *     with 403, as RBAC would
   */
  ApplyRecordingDispatcher(Set<String> refusedKinds) {
    this.refusedKinds = Set.copyOf(refusedKinds);
  }

  List<Apply> applies() {
    return List.copyOf(applies);
  }

  @Override
  public MockResponse handlePatch(RecordedRequest request) {
    String contentType = request.getHeader("Content-Type");
    if (contentType == null || !contentType.startsWith(APPLY_PATCH)) {
      return super.handlePatch(request);
    }
    String path = request.getPath();
    String resource = path.replaceAll("\\?.*", "").replaceAll(".*/([^/]+)/[^/]+$", "$1");
    if (refusedKinds.contains(resource)) {
      return new MockResponse()
          .setResponseCode(403)
          .setBody(
              "{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"status\":\"Failure\",\"reason\":"
                  + "\"Forbidden\",\"code\":403,\"message\":\""
                  + resource
                  + " is forbidden: the test's RBAC refuses it\"}");
    }
    String body = request.getUtf8Body();
    applies.add(new Apply(request.getMethod(), path, contentType, body));
    return new MockResponse().setResponseCode(200).setBody(body);
  }
}
