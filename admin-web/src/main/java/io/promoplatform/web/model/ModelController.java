package io.promoplatform.web.model;

import io.promoplatform.web.security.Actor;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The model registry over HTTP: list, detail (signals and validation sample), register, activate. */
@RestController
@RequestMapping("/api/v1/admin/models")
class ModelController {

    private final ModelService models;

    ModelController(ModelService models) {
        this.models = models;
    }

    @GetMapping
    List<ModelService.ModelView> list() {
        return models.list();
    }

    @GetMapping("/{version}")
    ModelService.ModelDetail get(@PathVariable String version) {
        return models.detail(version);
    }

    /** Body: the artifact written by {@code model train} (application/octet-stream). Registered inactive. */
    @PostMapping(consumes = MediaType.APPLICATION_OCTET_STREAM_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    ModelService.ModelView register(@RequestBody byte[] artifact) {
        return models.register(artifact, Actor.current());
    }

    @PostMapping("/{version}/activate")
    ModelService.ModelView activate(@PathVariable String version) {
        return models.activate(version, Actor.current());
    }
}
