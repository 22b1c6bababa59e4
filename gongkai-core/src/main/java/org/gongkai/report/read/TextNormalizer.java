package org.gongkai.report.read;

/**
 * Fold the spellings a published report may use onto one: full-width digits, letters and punctuation to
 * ASCII, ideographic and non-breaking spaces to a space, and the Traditional characters of the report's
 * labels and headings to Simplified (some portals serve a 繁體 version).
 */
final class TextNormalizer {

    /** Pairs of Traditional then Simplified characters; only those that occur in report labels and headings. */
    private static final String TRADITIONAL_SIMPLIFIED =
            "開开請请數数處处與与結结轉转機机關关資资據据複复復复覆复維维糾纠審审決决總总計计則则許许強强製制"
            + "廢废現现規规範范費费實实際际況况項项內内務务過过執执護护權权險险穩稳發发無无當当繳缴納纳補补報报"
            + "訴诉訟讼會会業业構构屬属國国門门問问題题進进體体條条辦办縣县區区鄉乡鎮镇議议號号類类組组織织認认"
            + "確确於于對对這这後后經经訪访舉举詢询沒没獲获繼继續续罰罚額额萬万單单係系採采購购減减動动級级統统"
            + "產产環环為为來来從从種种員员應应說说時时間间個个們们網网頁页點点專专層层錄录證证價价態态狀状責责"
            + "負负盡尽億亿稱称簡简檢检違违眾众並并將将見见視视讀读誤误錯错衝冲準准陽阳歲岁務务傳传聯联絡络辯辩"
            + "線线號号導导區区據据歷历屆届劃划軍军歸归龍龙灣湾鐵铁鳳凤";

    private static final char[] MAP = new char[0x10000];

    static {
        for (int c = 0; c < MAP.length; c++) {
            MAP[c] = (char) c;
        }
        for (int c = 0xFF01; c <= 0xFF5E; c++) {
            MAP[c] = (char) (c - 0xFEE0);
        }
        MAP['\u3000'] = ' ';
        MAP['\u00A0'] = ' ';
        MAP['\u2002'] = ' ';
        MAP['\u2003'] = ' ';
        MAP['\r'] = ' ';
        for (int i = 0; i + 1 < TRADITIONAL_SIMPLIFIED.length(); i += 2) {
            MAP[TRADITIONAL_SIMPLIFIED.charAt(i)] = TRADITIONAL_SIMPLIFIED.charAt(i + 1);
        }
    }

    private TextNormalizer() {
    }

    /** Return the text folded character by character; the length never changes, so offsets stay valid. */
    static String normalize(CharSequence text) {
        char[] out = new char[text.length()];
        for (int i = 0; i < out.length; i++) {
            char c = text.charAt(i);
            out[i] = c == '\u200B' || c == '\uFEFF' ? ' ' : MAP[c];
        }
        return new String(out);
    }

    /**
     * Return prose for reading figures in it: digits and Traditional characters folded, but Chinese
     * punctuation kept (sentence patterns rely on it).
     */
    static String normalizeProse(CharSequence text) {
        char[] out = new char[text.length()];
        for (int i = 0; i < out.length; i++) {
            char c = text.charAt(i);
            boolean keep = c >= 0xFF01 && c <= 0xFF5E && !(c >= 0xFF10 && c <= 0xFF19);
            out[i] = c == '\t' || c == '\n' ? ' ' : keep ? c : MAP[c];
        }
        return new String(out);
    }

    /** Return whether the character is a CJK ideograph (the characters labels are made of). */
    static boolean isIdeograph(char c) {
        return c >= '\u3400' && c <= '\u9FFF';
    }
}
