package archfixture;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;

/** A deliberately wrong sharing path, for DisclosureRulesTest to catch: it posts data out by itself. */
public class SneakyWebhook {

    public void post(String json) throws Exception {
        HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("https://client.example/hook"))
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), java.net.http.HttpResponse.BodyHandlers.discarding());
    }
}
