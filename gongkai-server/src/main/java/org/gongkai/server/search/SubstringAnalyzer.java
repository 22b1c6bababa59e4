package org.gongkai.server.search;

import java.io.IOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Indexes a text as every pair of adjacent characters of its {@link SearchText normalised} form, one position
 * apart. A word of two or more characters occurs in the text exactly when the word's own pairs occur at
 * consecutive positions, so a phrase query of them finds what {@code LIKE '%word%'} finds, across word boundaries,
 * Latin and digit runs and punctuation alike. Lucene's {@code CJKBigramFilter} is not used: it pairs Han characters
 * only, leaving Latin and digit runs as whole tokens (so {@code 202} would not find {@code 2026}), and it does not
 * pair across punctuation.
 *
 * <p>Each value of a field (one attachment of several) is its own text: a gap between values keeps a word from
 * being found across two of them.
 */
final class SubstringAnalyzer extends Analyzer {

    private static final int GAP_BETWEEN_VALUES = 100;

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        return new TokenStreamComponents(new PairTokenizer());
    }

    @Override
    public int getPositionIncrementGap(String fieldName) {
        return GAP_BETWEEN_VALUES;
    }

    private static final class PairTokenizer extends Tokenizer {

        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
        private final StringBuilder read = new StringBuilder();
        private final char[] buffer = new char[4096];
        private SearchText.Mapped text;
        private int at;

        @Override
        public void reset() throws IOException {
            super.reset();
            read.setLength(0);
            for (int n = input.read(buffer); n >= 0; n = input.read(buffer)) {
                read.append(buffer, 0, n);
            }
            text = SearchText.mapped(read.toString());
            at = 0;
        }

        @Override
        public boolean incrementToken() {
            String s = text.text();
            if (at >= s.length()) {
                return false;
            }
            int second = at + Character.charCount(s.codePointAt(at));
            if (second >= s.length()) {
                at = s.length();
                return false;
            }
            clearAttributes();
            int after = second + Character.charCount(s.codePointAt(second));
            term.setEmpty().append(s, at, after);
            int[] from = text.from();
            offset.setOffset(correctOffset(from[at]), correctOffset(from[after]));
            at = second;
            return true;
        }

        @Override
        public void end() throws IOException {
            super.end();
            int last = correctOffset(read.length());
            offset.setOffset(last, last);
        }

        @Override
        public void close() throws IOException {
            super.close();
            text = null;
        }
    }
}
