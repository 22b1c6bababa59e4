package org.gongkai.server.store;

/** Someone else changed the record since it was read: the caller must reload and try again. */
public class ConflictException extends RuntimeException {

    public ConflictException(String what) {
        super(what + "已被其他人修改，您的操作没有保存。请刷新后查看最新内容再重试。");
    }
}
