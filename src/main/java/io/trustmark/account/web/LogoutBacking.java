package io.trustmark.account.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

/** Sign-out: a POST from every page's header, so no other site can sign a member out with a link. */
@Named
@RequestScoped
public class LogoutBacking {

    public String logout() throws ServletException {
        var external = FacesContext.getCurrentInstance().getExternalContext();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        return "/forum/index?faces-redirect=true";
    }
}
