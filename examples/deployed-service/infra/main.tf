variable "web_idle_timeout" {
  description = "Seconds the public ALB keeps an idle connection, to clients and to the web tier alike"
  type        = number
  default     = 120
}

resource "aws_lb" "web" {
  name               = "web"
  load_balancer_type = "application"
  idle_timeout       = var.web_idle_timeout
}
