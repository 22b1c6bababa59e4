package org.gongkai.bench.load;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@code --name value} pairs, only the names a command knows. */
final class Arguments {

    private Arguments() {
    }

    static Map<String, String> parse(String[] args, List<String> known) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i += 2) {
            String name = args[i].startsWith("--") ? args[i].substring(2) : "";
            if (!known.contains(name) || i + 1 >= args.length) {
                throw new IllegalArgumentException("无法识别的参数 " + args[i] + "；可用参数：--" + String.join(" --", known));
            }
            options.put(name, args[i + 1]);
        }
        return options;
    }
}
