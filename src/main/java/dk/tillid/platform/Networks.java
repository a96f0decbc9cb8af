package dk.tillid.platform;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** The network an address belongs to (IPv4 /24, IPv6 /48): what limits and statistics count by, never the address. */
public final class Networks {

    private Networks() {
    }

    /** The network, e.g. {@code 192.0.2.0/24}; null for anything that is not a literal address. */
    public static String of(String address) {
        if (address == null || address.isBlank()) {
            return null;
        }
        try {
            // A literal address only: nothing here may cause a name lookup.
            if (!address.matches("[0-9a-fA-F:.]+")) {
                return null;
            }
            byte[] bytes = InetAddress.getByName(address).getAddress();
            int keep = bytes.length == 4 ? 3 : 6;
            for (int i = keep; i < bytes.length; i++) {
                bytes[i] = 0;
            }
            String network = InetAddress.getByAddress(bytes).getHostAddress();
            return network + (bytes.length == 4 ? "/24" : "/48");
        } catch (UnknownHostException notAnAddress) {
            return null;
        }
    }
}
