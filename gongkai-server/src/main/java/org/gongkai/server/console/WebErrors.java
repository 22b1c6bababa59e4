package org.gongkai.server.console;

import org.gongkai.server.store.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** A missing record on any page is a 404 page that shows no exception text. */
@ControllerAdvice(basePackages = {"org.gongkai.server.console", "org.gongkai.server.portal"})
class WebErrors {

    static final String NOT_FOUND_VIEW = "error/404";

    @ExceptionHandler({NotFoundException.class, MethodArgumentTypeMismatchException.class})
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return NOT_FOUND_VIEW;
    }
}
