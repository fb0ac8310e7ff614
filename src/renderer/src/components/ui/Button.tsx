import { forwardRef, type ButtonHTMLAttributes, type ReactNode } from 'react';

type Props = ButtonHTMLAttributes<HTMLButtonElement> & {
  variant?: 'primary' | 'secondary' | 'quiet';
  /** An icon before the label (lucide-react, aria-hidden); the label stays: a word is clearer. */
  icon?: ReactNode;
};

/** The app's one button: plain, high contrast, a visible focus ring, disabled looks disabled. */
export const Button = forwardRef<HTMLButtonElement, Props>(function Button({ variant = 'secondary', icon, children, className, type = 'button', ...rest }, ref) {
  return (
    <button ref={ref} type={type} className={`ui-button ui-button-${variant}${className ? ` ${className}` : ''}`} {...rest}>
      {icon && (
        <span className="ui-button-icon" aria-hidden="true">
          {icon}
        </span>
      )}
      {children}
    </button>
  );
});
