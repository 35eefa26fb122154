package se.utfall.importing;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import se.utfall.contract.Contract;
import se.utfall.text.InputFiles;
import se.utfall.text.SafeText;

/**
 * Fetches the contract's figures from Kolada's public API: for each mapped KPI one question for its
 * municipalities ({@code /data/kpi/K/municipality/IDS/year/YEARS}) and one for its units
 * ({@code /oudata/kpi/K/ou/IDS/year/YEARS}), following {@code next_page} while it stays on the same
 * server. Each page is read with a timeout and a size limit. Without network the import stops with
 * one line saying where to download the answer and how to pass it as a saved file.
 */
public final class KoladaFetch {
    public static final String DEFAULT_BASE = "https://api.kolada.se/v2";
    /** A Kolada page holds at most 5 000 entries, well under 8 MiB. */
    static final int MAX_PAGE_BYTES = 8 * 1024 * 1024;
    static final int MAX_PAGES = 50;
    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    private final URI base;
    private final HttpClient client;

    public KoladaFetch(String base) {
        String b = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        try {
            this.base = new URI(b);
        } catch (URISyntaxException e) {
            throw Imported.bad("utfall", "the Kolada address '" + SafeText.line(base) + "' is not a URL; give one such"
                    + " as " + DEFAULT_BASE + ".");
        }
        if (!"https".equals(this.base.getScheme()) && !"http".equals(this.base.getScheme())
                || this.base.getHost() == null) {
            throw Imported.bad("utfall", "the Kolada address '" + SafeText.line(base) + "' is not an http(s) URL; give"
                    + " one such as " + DEFAULT_BASE + ".");
        }
        this.client = HttpClient.newBuilder().connectTimeout(TIMEOUT).followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** The addresses to ask, one per KPI and kind of unit, for the given years. */
    public List<String> addresses(Map<String, ImportMapping> mappings, List<Integer> years) {
        String y = years.stream().map(String::valueOf).collect(Collectors.joining(","));
        List<String> out = new ArrayList<>();
        for (ImportMapping m : new TreeMap<>(mappings).values()) {
            if (m.kolada() == null) {
                continue;
            }
            TreeSet<String> municipalities = new TreeSet<>();
            TreeSet<String> units = new TreeSet<>();
            m.kolada().units().values().forEach(id -> (ImportMapping.Kolada.isMunicipality(id) ? municipalities : units)
                    .add(id));
            if (!municipalities.isEmpty()) {
                out.add(base + "/data/kpi/" + m.kolada().kpi() + "/municipality/" + String.join(",", municipalities)
                        + "/year/" + y);
            }
            if (!units.isEmpty()) {
                out.add(base + "/oudata/kpi/" + m.kolada().kpi() + "/ou/" + String.join(",", units) + "/year/" + y);
            }
        }
        return out;
    }

    /** Fetches every page of every address and reads it into {@code into}. */
    public void fetch(List<String> addresses, Contract contract, Map<String, ImportMapping> mappings, Imported into) {
        for (String first : addresses) {
            String address = first;
            for (int page = 1; address != null; page++) {
                if (page > MAX_PAGES) {
                    throw Imported.bad(first, "Kolada's answer runs past " + MAX_PAGES + " pages; ask for fewer units"
                            + " or years.");
                }
                String text = get(address);
                String next = KoladaAnswer.read(address, base.getHost(), text, contract, mappings, into);
                if (next != null && !sameServer(next)) {
                    throw Imported.bad(address, "next_page points to another server ('" + SafeText.line(next)
                            + "'); only " + base.getScheme() + "://" + base.getAuthority() + " is asked.");
                }
                address = next;
            }
        }
    }

    private boolean sameServer(String next) {
        try {
            URI u = new URI(next);
            return base.getScheme().equals(u.getScheme()) && base.getAuthority().equals(u.getAuthority());
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private String get(String address) {
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(new URI(address)).timeout(TIMEOUT).header("Accept", "application/json")
                    .GET().build();
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw Imported.bad(address, "is not a URL Kolada can be asked at.");
        }
        HttpResponse<InputStream> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            throw Imported.bad("utfall", "cannot reach Kolada at " + base.getScheme() + "://" + base.getAuthority()
                    + " (" + SafeText.line(String.valueOf(e.getMessage() == null ? e.getClass().getSimpleName()
                    : e.getMessage())) + "); without network, open " + address + " in a browser, save the answer"
                    + " as a .json file and pass it with --kolada FILE.");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw Imported.bad("utfall", "fetching from Kolada was interrupted.");
        }
        try (InputStream in = response.body()) {
            if (response.statusCode() != 200) {
                throw Imported.bad(address, "Kolada answered HTTP " + response.statusCode() + "; check the KPI and"
                        + " unit ids under 'import: kolada:' in contract.yaml.");
            }
            byte[] bytes = in.readNBytes(MAX_PAGE_BYTES + 1);
            if (bytes.length > MAX_PAGE_BYTES) {
                throw Imported.bad(address, "Kolada's answer is larger than " + (MAX_PAGE_BYTES >> 20) + " MiB, more"
                        + " than a page of figures holds; ask for fewer units or years.");
            }
            return InputFiles.utf8(Path.of("kolada-answer.json"), bytes, "Kolada answer");
        } catch (IOException e) {
            throw Imported.bad(address, "reading Kolada's answer failed: "
                    + SafeText.line(String.valueOf(e.getMessage())) + ".");
        }
    }

}
