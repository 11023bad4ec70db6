package io.promoplatform.samples;

import java.io.IOException;
import java.io.InputStream;

/**
 * The price model the embedded default ships: trained by {@code model train} on Dominick's orange-juice
 * data with the sample catalog's store segments. Its provenance (input fingerprints, parameters,
 * cross-validated metrics) is inside the artifact and in {@code /samples/model/PROVENANCE.md}.
 */
public final class SampleModel {

    static final String ARTIFACT = "/samples/model/oj-price-model.bin";
    static final String STORE_SEGMENTS = "/samples/stores.csv";

    private SampleModel() {
    }

    /** The artifact's bytes; the caller closes the stream. */
    public static InputStream artifact() throws IOException {
        return open(ARTIFACT);
    }

    /** The sample stores with their segments ({@code id,name,segment}), the training's segment map. */
    public static InputStream storeSegments() throws IOException {
        return open(STORE_SEGMENTS);
    }

    private static InputStream open(String resource) throws IOException {
        InputStream in = SampleModel.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IOException("the sample resource " + resource + " is missing from this build");
        }
        return in;
    }
}
