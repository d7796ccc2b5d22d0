/*
 * The wizard's photos step. PrimeFaces renders each "choose a photo" button as a focusable span without a
 * role, so a screen reader announces its words but not that it is a button; this gives it the role (again after
 * every Ajax update, which renders the buttons anew). Where the hand-off box is hidden (a phone's width, see
 * trustmark.css) its poll would ask the server every 3 s about a QR code nobody can see: it is stopped.
 */
(function () {
    "use strict";

    function tidy() {
        document.querySelectorAll(".tm-upload .ui-fileupload-choose:not([role])").forEach(function (button) {
            button.setAttribute("role", "button");
        });
        var handoff = document.querySelector(".tm-handoff");
        var poll = window.PrimeFaces && PrimeFaces.widgets.handoffPoll;
        if (handoff && poll && window.getComputedStyle(handoff).display === "none") {
            poll.stop();
        }
    }

    function start() {
        tidy();
        if (window.jQuery) {
            jQuery(document).on("pfAjaxComplete", tidy);
        }
    }

    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", start);
    } else {
        start();
    }
})();
