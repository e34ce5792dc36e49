package no.mentorkit.platform.internal.security;

import javax.servlet.http.HttpServletRequest;

/**
 * Where a request comes from and whether it arrived over TLS. Behind a TLS-terminating reverse proxy, the
 * connection is the proxy's; with {@code trustForwardedHeaders} on, the proxy's X-Forwarded-For and
 * X-Forwarded-Proto are believed instead. Only the rightmost X-Forwarded-For entry is taken: it is the one the
 * trusted proxy added, while entries to its left come from the client and can be forged.
 */
public record ClientInfo(String address, boolean secure) {

    public static ClientInfo of(HttpServletRequest request, boolean trustForwardedHeaders) {
        String address = request.getRemoteAddr();
        boolean secure = request.isSecure();
        if (trustForwardedHeaders) {
            String forwardedFor = request.getHeader("X-Forwarded-For");
            if (forwardedFor != null && !forwardedFor.isBlank()) {
                String last = forwardedFor.substring(forwardedFor.lastIndexOf(',') + 1).strip();
                if (!last.isEmpty() && last.length() <= 64) {
                    address = last;
                }
            }
            String proto = request.getHeader("X-Forwarded-Proto");
            if (proto != null) {
                secure = "https".equalsIgnoreCase(proto.strip());
            }
        }
        return new ClientInfo(address, secure);
    }
}
