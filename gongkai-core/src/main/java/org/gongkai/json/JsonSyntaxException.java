package org.gongkai.json;

/** Text that is not one well-formed JSON value; {@link #line()} and {@link #column()} are 1-based. */
public class JsonSyntaxException extends IllegalArgumentException {

    private final int line;
    private final int column;
    private final String problem;

    JsonSyntaxException(int line, int column, String problem) {
        super("第 " + line + " 行第 " + column + " 列：" + problem + "。");
        this.line = line;
        this.column = column;
        this.problem = problem;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    /** Return what is wrong, in Chinese, without the position. */
    public String problem() {
        return problem;
    }
}
