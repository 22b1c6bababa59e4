package org.gongkai.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DatasetWriterTests {

    private static final long SEED = 20191_5_15L;
    private static final int DATASETS = 300;

    @Test
    void writesTheInterchangeExampleCanonically() throws IOException {
        String canonical;
        try (InputStream in = getClass().getResourceAsStream("/dataset/interchange-example.canonical.json")) {
            canonical = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }

        assertThat(DatasetWriter.write(DatasetReader.read(DatasetReaderTests.example()))).isEqualTo(canonical);
    }

    @Test
    void writesAmountsAsPlainDecimalStrings() {
        String document = DatasetReaderTests.exampleWith("\"feesWanYuan\": \"0\"", "\"feesWanYuan\": \"12.50\"");

        assertThat(DatasetWriter.write(DatasetReader.read(document))).contains("\"feesWanYuan\": \"12.50\"");
    }

    @Test
    void randomDatasetsSurviveWriteThenRead() {
        RandomDatasets datasets = new RandomDatasets(new Random(SEED));
        Set<String> eventTypes = new HashSet<>();
        for (int i = 0; i < DATASETS; i++) {
            Dataset dataset = datasets.next();
            dataset.requests().forEach(r -> r.events().forEach(e -> eventTypes.add(e.type())));

            String written = DatasetWriter.write(dataset);
            Dataset read = DatasetReader.read(written);

            assertThat(read).as("dataset %d", i).isEqualTo(dataset);
            assertThat(DatasetWriter.write(read)).as("dataset %d", i).isEqualTo(written);
        }
        assertThat(eventTypes).as("every event type was generated").hasSize(10);
    }

    @Test
    void writesEveryOptionalFieldAsNullWhenAbsent() {
        String written = DatasetWriter.write(DatasetReader.read(DatasetReaderTests.example()));

        assertThat(written).contains("\"parent\": null", "\"repealedOn\": null", "\"result\": null",
                "\"decidedOn\": null").endsWith("}\n");
    }
}
