package org.gongkai.server.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.gongkai.dataset.Dataset;
import org.gongkai.dataset.DatasetException;
import org.gongkai.dataset.DatasetReader;

/** Read a gongkai/1 file named by {@code --data}, reporting every problem as one line naming the file or JSON path. */
final class DatasetFiles {

    private DatasetFiles() {}

    static Dataset read(Path data) {
        try {
            return DatasetReader.read(text(data));
        } catch (DatasetException e) {
            throw badData(data, e);
        }
    }

    static BadInputException badData(Path data, DatasetException e) {
        return new BadInputException("--data " + data + "：" + e.getMessage().replaceAll("\\R", " "), e);
    }

    private static String text(Path data) {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(Files.readAllBytes(data))).toString();
        } catch (NoSuchFileException e) {
            throw new BadInputException("--data：文件 " + data + " 不存在");
        } catch (CharacterCodingException e) {
            throw new BadInputException("--data：文件 " + data + " 不是 UTF-8 编码的文本");
        } catch (IOException e) {
            throw new BadInputException("--data：无法读取文件 " + data);
        }
    }
}
