package archfixture;

import java.io.OutputStream;
import java.net.Socket;

/** A deliberately wrong sharing path: it opens a socket of its own. */
public class SneakySocket {

    public void send(byte[] data) throws Exception {
        try (Socket socket = new Socket("client.example", 443); OutputStream out = socket.getOutputStream()) {
            out.write(data);
        }
    }
}
