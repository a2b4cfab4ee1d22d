package nl.wijkregie.it;

import java.io.IOException;
import java.net.CookieHandler;
import java.net.HttpCookie;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The cookies of one browser, for tests over plain HTTP on localhost: like Chromium and Firefox there, it keeps and
 * sends cookies marked Secure (java.net.CookieManager would drop them), and forgets a cookie set to expire.
 */
final class CookieJar extends CookieHandler {

    private final Map<String, String> cookies = new LinkedHashMap<>();

    String value(String name) {
        return cookies.get(name);
    }

    @Override
    public synchronized Map<String, List<String>> get(URI uri, Map<String, List<String>> requestHeaders) {
        if (cookies.isEmpty()) {
            return Map.of();
        }
        return Map.of("Cookie", List.of(cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue())
                .collect(Collectors.joining("; "))));
    }

    @Override
    public synchronized void put(URI uri, Map<String, List<String>> responseHeaders) throws IOException {
        responseHeaders.forEach((name, values) -> {
            if ("Set-Cookie".equalsIgnoreCase(name)) {
                values.forEach(header -> HttpCookie.parse(header).forEach(cookie -> {
                    if (cookie.getMaxAge() == 0 || cookie.getValue().isEmpty()) {
                        cookies.remove(cookie.getName());
                    } else {
                        cookies.put(cookie.getName(), cookie.getValue());
                    }
                }));
            }
        });
    }
}
