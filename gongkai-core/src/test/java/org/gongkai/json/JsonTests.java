package org.gongkai.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonTests {

    @Nested
    class Parsing {

        @Test
        void parsesEveryKindOfValueKeepingKeyOrder() {
            Object tree = Json.parse(" {\"b\": [1, -0.5, 2e3, true, false, null], \"a\": {\"x\": null}, \"c\": \"s\"} ");

            assertThat(tree).isInstanceOf(Map.class);
            Map<?, ?> object = (Map<?, ?>) tree;
            assertThat(new ArrayList<Object>(object.keySet())).containsExactly("b", "a", "c");
            assertThat(new ArrayList<Object>((List<?>) object.get("b"))).containsExactly(new BigDecimal("1"), new BigDecimal("-0.5"),
                    new BigDecimal("2e3"), true, false, null);
            assertThat(object.get("a")).isEqualTo(Collections.singletonMap("x", null));
            assertThat(object.get("c")).isEqualTo("s");
        }

        @Test
        void keepsTheScaleOfNumbers() {
            assertThat(Json.parse("0.10")).isEqualTo(new BigDecimal("0.10"));
        }

        @Test
        void decodesEveryEscape() {
            assertThat(Json.parse("\"\\\"\\\\\\/\\b\\f\\n\\r\\t\"")).isEqualTo("\"\\/\b\f\n\r\t");
        }

        @Test
        void decodesUnicodeEscapesIncludingSurrogatePairs() {
            assertThat(Json.parse("\"\\u653f\\u5E9C \\ud83d\\ude00\"")).isEqualTo("政府 😀");
        }

        @Test
        void readsChineseTextAsItIs() {
            assertThat(Json.parse("[\"政府信息公开条例（2019）\"]")).isEqualTo(List.of("政府信息公开条例（2019）"));
        }

        @Test
        void skipsAByteOrderMark() {
            assertThat(Json.parse("\uFEFF[]")).isEqualTo(List.of());
        }

        @Test
        void acceptsNestingUpToTheLimit() {
            String deep = "[".repeat(Json.MAX_DEPTH) + "]".repeat(Json.MAX_DEPTH);

            assertThat(Json.parse(deep)).isInstanceOf(List.class);
        }

        @Test
        void rejectsNestingBeyondTheLimit() {
            String tooDeep = "[".repeat(Json.MAX_DEPTH + 1) + "]".repeat(Json.MAX_DEPTH + 1);

            assertThatThrownBy(() -> Json.parse(tooDeep)).isInstanceOf(JsonSyntaxException.class)
                    .hasMessage("第 1 行第 " + (Json.MAX_DEPTH + 1) + " 列：数组和对象的嵌套超过 " + Json.MAX_DEPTH + " 层。");
        }

        @Test
        void namesLineAndColumnOfAnError() {
            JsonSyntaxException e = syntaxError("{\n  \"a\": tru\n}");

            assertThat(e.line()).isEqualTo(2);
            assertThat(e.column()).isEqualTo(8);
            assertThat(e.getMessage()).isEqualTo("第 2 行第 8 列：应为 JSON 值，实际为“t”。");
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', textBlock = """
                trailing garbage          | {} x            | 1 | 4 | JSON 值之后应为文本结尾，实际为“x”
                empty text                | ''              | 1 | 1 | 应为 JSON 值，实际为文本结尾
                trailing comma in array   | [1,]            | 1 | 4 | 应为 JSON 值，实际为“]”
                trailing comma in object  | {"a": 1,}       | 1 | 9 | 应为字符串形式的键，实际为“}”
                missing colon             | {"a" 1}         | 1 | 6 | 应为冒号，实际为“1”
                unclosed array            | [1 2]           | 1 | 4 | 应为逗号或右方括号，实际为“2”
                leading zero              | 01              | 1 | 2 | JSON 值之后应为文本结尾，实际为“1”
                fraction without digits   | 1.              | 1 | 3 | 数字的小数部分应为数字字符，实际为文本结尾
                exponent without digits   | 1e+             | 1 | 4 | 数字的指数应为数字字符，实际为文本结尾
                plus sign                 | +1              | 1 | 1 | 应为 JSON 值，实际为“+”
                single quotes             | ['a']           | 1 | 2 | 应为 JSON 值，实际为“'”
                not a number              | NaN             | 1 | 1 | 应为 JSON 值，实际为“N”
                huge exponent             | 1e9999999999    | 1 | 1 | 数字超出可表示的范围
                duplicate key             | {"a": 1, "a": 2} | 1 | 10 | 对象中的键 "a" 重复
                unterminated string       | "abc            | 1 | 5 | 字符串未结束，缺少右引号
                bad escape                | "\\x"           | 1 | 3 | 应为转义字符（\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX），实际为“x”
                short unicode escape      | "\\u12G4"       | 1 | 6 | \\u 之后应为 4 位十六进制数字，实际为“G”
                """)
        void rejectsMalformedText(String what, String text, int line, int column, String problem) {
            JsonSyntaxException e = syntaxError(text);

            assertThat(e.problem()).isEqualTo(problem);
            assertThat(List.of(e.line(), e.column())).containsExactly(line, column);
        }

        @Test
        void rejectsRawControlCharactersInStrings() {
            assertThat(syntaxError("[\"a\nb\"]").problem()).isEqualTo("字符串中的控制字符必须转义，实际为字符 U+000A");
        }

        private static JsonSyntaxException syntaxError(String text) {
            try {
                Json.parse(text);
            } catch (JsonSyntaxException e) {
                return e;
            }
            throw new AssertionError("expected a syntax error for " + text);
        }
    }

    @Nested
    class Writing {

        @Test
        void prettyPrintsWithTwoSpacesInInsertionOrder() {
            Map<String, Object> tree = new LinkedHashMap<>();
            tree.put("z", List.of(1, new BigDecimal("2.50")));
            tree.put("a", Map.of());
            tree.put("m", Arrays.asList(List.of(), null, true, 7L));

            assertThat(Json.write(tree)).isEqualTo("""
                    {
                      "z": [
                        1,
                        2.50
                      ],
                      "a": {},
                      "m": [
                        [],
                        null,
                        true,
                        7
                      ]
                    }
                    """);
        }

        @Test
        void escapesOnlyWhatJsonRequiresAndKeepsChineseText() {
            assertThat(Json.write("政府\"\\\n\t\u0001/😀")).isEqualTo("\"政府\\\"\\\\\\n\\t\\u0001/😀\"\n");
        }

        @Test
        void escapesUnpairedSurrogates() {
            String lone = "a\ud83d b\ude00";

            assertThat(Json.write(lone)).isEqualTo("\"a\\ud83d b\\ude00\"\n");
            assertThat(Json.parse(Json.write(lone))).isEqualTo(lone);
        }

        @Test
        void rejectsValuesJsonCannotHold() {
            assertThatThrownBy(() -> Json.write(List.of(1.5d))).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> Json.write(Map.of(1, "x"))).isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void randomTreesSurviveWriteThenParse() {
            Random random = new Random(8_2019L);
            for (int i = 0; i < 500; i++) {
                Object tree = randomValue(random, 0);

                assertThat(Json.parse(Json.write(tree))).as("tree %d", i).isEqualTo(tree);
            }
        }

        private Object randomValue(Random random, int depth) {
            int kind = random.nextInt(depth > 4 ? 4 : 6);
            switch (kind) {
                case 0:
                    return null;
                case 1:
                    return random.nextBoolean();
                case 2:
                    return BigDecimal.valueOf(random.nextLong(), random.nextInt(20) - 10);
                case 3:
                    return randomString(random);
                case 4:
                    List<Object> list = new ArrayList<>();
                    for (int n = random.nextInt(4); n > 0; n--) {
                        list.add(randomValue(random, depth + 1));
                    }
                    return list;
                default:
                    Map<String, Object> map = new LinkedHashMap<>();
                    for (int n = random.nextInt(4); n > 0; n--) {
                        map.put(randomString(random), randomValue(random, depth + 1));
                    }
                    return map;
            }
        }

        private String randomString(Random random) {
            StringBuilder s = new StringBuilder();
            for (int n = random.nextInt(6); n > 0; n--) {
                s.append((char) random.nextInt(0x10000));
            }
            return s.toString();
        }
    }
}
