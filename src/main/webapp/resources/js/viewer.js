/*
 * Document viewer for reviewers: zoom (buttons, mouse wheel), pan (drag) and rotate (buttons) each image
 * independently. Only the view changes: the transform lives in the page, the stored file is never touched.
 */
(function () {
    "use strict";

    function setUp(figure) {
        var viewport = figure.querySelector(".tm-viewer");
        var image = viewport && viewport.querySelector("img");
        if (!image || figure.dataset.viewerReady) {
            return;
        }
        figure.dataset.viewerReady = "true";
        var state = {scale: 1, rotation: 0, x: 0, y: 0};

        function apply() {
            // Turned sideways, the image is fitted again so the whole document stays in view.
            var fit = state.rotation % 180 === 0 || !image.clientWidth ? 1
                : Math.min(1, viewport.clientWidth / image.clientHeight, viewport.clientHeight / image.clientWidth);
            image.style.transform = "translate(" + state.x + "px," + state.y + "px) rotate(" + state.rotation
                + "deg) scale(" + state.scale * fit + ")";
            figure.dataset.scale = String(state.scale);
            figure.dataset.rotation = String(state.rotation);
        }

        function zoom(factor) {
            state.scale = Math.min(8, Math.max(0.25, state.scale * factor));
            apply();
        }

        figure.querySelectorAll("[data-viewer]").forEach(function (button) {
            button.addEventListener("click", function () {
                switch (button.dataset.viewer) {
                    case "zoom-in": zoom(1.25); break;
                    case "zoom-out": zoom(0.8); break;
                    case "rotate-left": state.rotation = (state.rotation + 270) % 360; apply(); break;
                    case "rotate-right": state.rotation = (state.rotation + 90) % 360; apply(); break;
                    default: state = {scale: 1, rotation: 0, x: 0, y: 0}; apply();
                }
            });
        });

        viewport.addEventListener("wheel", function (event) {
            event.preventDefault();
            zoom(event.deltaY < 0 ? 1.1 : 1 / 1.1);
        }, {passive: false});

        var drag = null;
        viewport.addEventListener("pointerdown", function (event) {
            drag = {x: event.clientX - state.x, y: event.clientY - state.y};
            viewport.setPointerCapture(event.pointerId);
            viewport.classList.add("tm-viewer-dragging");
        });
        viewport.addEventListener("pointermove", function (event) {
            if (drag) {
                state.x = event.clientX - drag.x;
                state.y = event.clientY - drag.y;
                apply();
            }
        });
        function endDrag() {
            drag = null;
            viewport.classList.remove("tm-viewer-dragging");
        }
        viewport.addEventListener("pointerup", endDrag);
        viewport.addEventListener("pointercancel", endDrag);
    }

    function init() {
        document.querySelectorAll("figure.tm-document").forEach(setUp);
    }

    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", init);
    } else {
        init();
    }
})();
