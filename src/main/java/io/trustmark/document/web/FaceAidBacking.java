package io.trustmark.document.web;

import io.trustmark.document.application.FaceAid;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** What the photo step and the phone say about the face check: the guidance, and whether it runs on this server. */
@Named
@ApplicationScoped
public class FaceAidBacking {

    @Inject
    FaceAid faceAid;

    public boolean isAvailable() {
        return faceAid.available();
    }
}
