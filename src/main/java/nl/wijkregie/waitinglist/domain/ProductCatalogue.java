package nl.wijkregie.waitinglist.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The product categories a referral can be for, shipped as reference data ({@value #RESOURCE}, with its source): the
 * national iJw/iWmo categories, so that a message's product matches a referral without a translation table.
 */
public final class ProductCatalogue {

    public static final String RESOURCE = "reference/referral-products.csv";

    public record Product(String code, ReferralDomain domain, String name) {
    }

    private static final ProductCatalogue SHIPPED = load();

    private final Map<String, Product> products;

    private ProductCatalogue(Map<String, Product> products) {
        this.products = products;
    }

    public static ProductCatalogue shipped() {
        return SHIPPED;
    }

    public Optional<Product> find(String code) {
        return Optional.ofNullable(code == null ? null : products.get(code));
    }

    public List<Product> all() {
        return List.copyOf(products.values());
    }

    private static ProductCatalogue load() {
        InputStream stream = ProductCatalogue.class.getClassLoader().getResourceAsStream(RESOURCE);
        if (stream == null) {
            throw new IllegalStateException("Referentiebestand ontbreekt: " + RESOURCE);
        }
        Map<String, Product> products = new LinkedHashMap<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isBlank() || line.startsWith("#") || line.startsWith("code;")) {
                    continue;
                }
                String[] cells = line.split(";", 3);
                products.put(cells[0], new Product(cells[0], ReferralDomain.valueOf(cells[1]), cells[2]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ProductCatalogue(products);
    }
}
