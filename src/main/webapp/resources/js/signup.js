// Sign-up: choosing the nationality shows or hides the passport's country and names the number field at once,
// without a round trip to the server. The page works without this script too (see signup.xhtml).
(function () {
    'use strict';
    var choice = document.querySelector('[data-tm-nationality]');
    var country = document.querySelector('[data-tm-country]');
    if (!choice || !country) {
        return;
    }
    var form = choice.closest('form');
    var select = country.querySelector('select');
    var label = form.querySelector('label[data-tm-thai]');
    var number = label ? document.getElementById(label.htmlFor) : null;
    var hint = form.querySelector('[data-tm-thai-hint]');

    function apply() {
        var checked = choice.querySelector('input[type=radio]:checked');
        var thai = !checked || checked.value !== 'false';
        country.classList.toggle('tm-hidden', thai);
        select.disabled = thai;
        if (label) {
            label.textContent = label.getAttribute(thai ? 'data-tm-thai' : 'data-tm-other');
        }
        if (number) {
            number.inputMode = thai ? 'numeric' : 'text';
        }
        if (hint) {
            hint.classList.toggle('tm-hidden', !thai);
        }
    }

    choice.addEventListener('change', apply);
})();
