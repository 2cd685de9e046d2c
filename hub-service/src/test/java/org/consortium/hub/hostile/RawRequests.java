package org.consortium.hub.hostile;

import io.restassured.RestAssured;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;

/**
 * Sends contribution requests byte for byte: the exact body, the exact Content-Type or none
 * (RestAssured would add a charset, or a type of its own). A case that sets Content-Length
 * itself goes over a plain socket, since it announces a body it does not send in full.
 */
final class RawRequests {

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();

    private RawRequests() {
    }

    /** The answer: status, Content-Type and body as text. */
    record Answer(int status, String contentType, String body) {
    }

    static Answer post(RequestCase c, String user, String password) {
        String auth = "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        try {
            return c.headers().containsKey("Content-Length") ? overSocket(c, auth) : overHttpClient(c, auth);
        } catch (IOException e) {
            throw new IllegalStateException(c.name() + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String path(RequestCase c) {
        return "/api/v1/datasets/" + c.datasetId() + "/contributions";
    }

    private static Answer overHttpClient(RequestCase c, String auth) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create(RestAssured.baseURI + ":" + RestAssured.port + path(c)))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", auth)
                .POST(HttpRequest.BodyPublishers.ofByteArray(c.body()));
        if (c.contentType() != null) {
            request.header("Content-Type", c.contentType());
        }
        c.headers().forEach(request::header);
        HttpResponse<String> answer = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(answer.statusCode(), answer.headers().firstValue("Content-Type").orElse(""), answer.body());
    }

    /** Writes the request as given and reads the answer until the hub closes the connection. */
    private static Answer overSocket(RequestCase c, String auth) throws IOException {
        String host = URI.create(RestAssured.baseURI).getHost();
        try (Socket socket = new Socket(host, RestAssured.port)) {
            socket.setSoTimeout(30_000);
            StringBuilder head = new StringBuilder("POST " + path(c) + " HTTP/1.1\r\n")
                    .append("Host: ").append(host).append(':').append(RestAssured.port).append("\r\n")
                    .append("Authorization: ").append(auth).append("\r\n");
            if (c.contentType() != null) {
                head.append("Content-Type: ").append(c.contentType()).append("\r\n");
            }
            c.headers().forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
            OutputStream out = socket.getOutputStream();
            out.write(head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(c.body());
            out.flush();
            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int endOfHead = response.indexOf("\r\n\r\n");
            String[] lines = response.substring(0, Math.max(0, endOfHead)).split("\r\n");
            String contentType = "";
            for (String line : lines) {
                if (line.toLowerCase(Locale.ROOT).startsWith("content-type:")) {
                    contentType = line.substring("content-type:".length()).trim();
                }
            }
            return new Answer(Integer.parseInt(lines[0].split(" ")[1]), contentType,
                    endOfHead < 0 ? "" : response.substring(endOfHead + 4));
        }
    }
}
