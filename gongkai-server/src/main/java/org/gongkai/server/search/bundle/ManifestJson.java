package org.gongkai.server.search.bundle;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gongkai.agency.Agency;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code manifest.json}: the format, how many entries and files the bundle holds, and the agencies that publish them. */
record ManifestJson(List<Agency> agencies, int entries, int files) {

    static byte[] write(List<Agency> agencies, int entries, int files) {
        ObjectNode manifest = EntryJson.JSON.createObjectNode()
                .put("format", CatalogueBundle.FORMAT).put("entries", entries).put("files", files);
        ArrayNode list = manifest.putArray("agencies");
        for (Agency a : agencies) {
            list.addObject().put("code", a.code()).put("name", a.name()).put("parent", a.parent().orElse(null));
        }
        return EntryJson.JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest);
    }

    static ManifestJson read(byte[] bytes) {
        JsonNode manifest;
        try {
            manifest = EntryJson.JSON.readTree(bytes);
        } catch (RuntimeException e) {
            throw new BundleFormatException(CatalogueBundle.MANIFEST + " 不是有效的 JSON", e);
        }
        JsonNode format = manifest.get("format");
        if (format == null || !CatalogueBundle.FORMAT.equals(format.asString())) {
            throw new BundleFormatException(CatalogueBundle.MANIFEST + " 的 format 应为 " + CatalogueBundle.FORMAT);
        }
        List<Agency> agencies = new ArrayList<>();
        JsonNode list = manifest.get("agencies");
        if (list != null && list.isArray()) {
            for (JsonNode a : list) {
                agencies.add(agency(a));
            }
        }
        return new ManifestJson(List.copyOf(agencies), count(manifest, "entries"), count(manifest, "files"));
    }

    private static Agency agency(JsonNode a) {
        JsonNode code = a.get("code");
        JsonNode name = a.get("name");
        JsonNode parent = a.get("parent");
        if (code == null || !code.isString() || name == null || !name.isString()) {
            throw new BundleFormatException(CatalogueBundle.MANIFEST + " 的 agencies 中每个机关须有文本字段 code 和 name");
        }
        try {
            return new Agency(code.asString(), name.asString(),
                    parent == null || parent.isNull() ? Optional.empty() : Optional.of(parent.asString()));
        } catch (RuntimeException e) {
            throw new BundleFormatException(CatalogueBundle.MANIFEST + " 的机关 " + code.asString() + "：" + e.getMessage(), e);
        }
    }

    private static int count(JsonNode manifest, String field) {
        JsonNode value = manifest.get(field);
        if (value == null || !value.isIntegralNumber()) {
            throw new BundleFormatException(CatalogueBundle.MANIFEST + " 缺少整数字段 " + field);
        }
        return value.asInt();
    }
}
