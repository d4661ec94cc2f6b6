// The single sign-on link beside the sign-in form, shared by Tasklist, Cockpit and Admin (static/sso-link.js).
import '/sso-link.js';
